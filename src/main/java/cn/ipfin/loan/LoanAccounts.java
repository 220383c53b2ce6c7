package cn.ipfin.loan;

import org.springframework.data.jpa.repository.JpaRepository;

interface LoanAccounts extends JpaRepository<LoanAccount, Long> {
}
