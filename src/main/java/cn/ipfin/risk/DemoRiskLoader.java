package cn.ipfin.risk;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Runs the monitoring sweep once over the demo loans and pledges when no alert exists yet, so that a newcomer
 * finds the alerts that the demo data deserve without waiting for the nightly run.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "ipfin.demo-data", havingValue = "true")
class DemoRiskLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRiskLoader.class);

    private final Alerts alerts;
    private final RiskSweep sweep;
    private final AnnualFeeService fees;

    DemoRiskLoader(Alerts alerts, RiskSweep sweep, AnnualFeeService fees) {
        this.alerts = alerts;
        this.sweep = sweep;
        this.fees = fees;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (alerts.count() > 0) {
            return;
        }
        RiskSweep.Result result = sweep.sweep(fees.today());
        log.info("Demo monitoring sweep raised {} alerts", result.alertsRaised());
    }
}
