package cn.ipfin.product;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FinancingModels extends JpaRepository<FinancingModel, String> {

    List<FinancingModel> findAllByOrderByPositionAsc();
}
