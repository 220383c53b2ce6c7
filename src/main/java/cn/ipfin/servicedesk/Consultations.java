package cn.ipfin.servicedesk;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Consultations extends JpaRepository<Consultation, Long> {

    List<Consultation> findByOrganizationIdOrderByCreatedAtDesc(Long organizationId);

    List<Consultation> findByAdvisorOrderByCreatedAtDesc(String advisor);

    List<Consultation> findAllByOrderByCreatedAtDesc();
}
