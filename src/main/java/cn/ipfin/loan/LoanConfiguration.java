package cn.ipfin.loan;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the loan module's calculators and document writer, which carry no Spring annotations themselves. */
@Configuration(proxyBeanMethods = false)
class LoanConfiguration {

    @Bean
    RepaymentScheduleCalculator repaymentScheduleCalculator() {
        return new RepaymentScheduleCalculator();
    }

    @Bean
    LoanDocumentPdf loanDocumentPdf(MessageSource messages) {
        return new LoanDocumentPdf(messages);
    }
}
