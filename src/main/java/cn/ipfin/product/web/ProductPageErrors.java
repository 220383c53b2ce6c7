package cn.ipfin.product.web;

import cn.ipfin.core.error.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Renders a missing or hidden product on the product pages as the 404 error page. */
@ControllerAdvice(assignableTypes = {ProductPageController.class, ProductManagementController.class,
        RecommendationPageController.class, FinancingModelPageController.class})
class ProductPageErrors {

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e) {
        ModelAndView page = new ModelAndView("error", HttpStatus.NOT_FOUND);
        page.addObject("status", HttpStatus.NOT_FOUND.value());
        return page;
    }
}
