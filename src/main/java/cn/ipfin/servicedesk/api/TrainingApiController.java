package cn.ipfin.servicedesk.api;

import java.net.URI;
import java.util.List;

import cn.ipfin.identity.CurrentUser;
import cn.ipfin.servicedesk.TrainingCourse;
import cn.ipfin.servicedesk.TrainingRegistration;
import cn.ipfin.servicedesk.TrainingService;
import cn.ipfin.servicedesk.api.ServiceDeskViews.CourseView;
import cn.ipfin.servicedesk.api.ServiceDeskViews.RegistrationView;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Training courses: anyone lists them, the operator schedules them, signed-in users register and cancel. */
@RestController
@RequestMapping("/api/v1/training/courses")
class TrainingApiController {

    private final TrainingService training;

    TrainingApiController(TrainingService training) {
        this.training = training;
    }

    @GetMapping
    List<CourseView> upcoming() {
        return training.upcoming().stream().map(CourseView::of).toList();
    }

    @GetMapping("/{id}")
    CourseView get(@PathVariable Long id) {
        return CourseView.of(training.get(id));
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('OPERATOR', 'ADMIN')")
    ResponseEntity<CourseView> schedule(@RequestBody TrainingService.CourseForm form,
            @AuthenticationPrincipal CurrentUser user) {
        TrainingCourse course = training.schedule(form, user.username());
        return ResponseEntity.created(URI.create("/api/v1/training/courses/" + course.getId()))
                .body(CourseView.of(training.get(course.getId())));
    }

    /** Returns the caller's registration, with the waiting-list position while the course is full. */
    @GetMapping("/{id}/registration")
    @PreAuthorize("isAuthenticated()")
    RegistrationView registration(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        TrainingRegistration registration = training.registrationOf(id, user.username());
        return RegistrationView.of(registration, training.waitingPosition(registration));
    }

    @PostMapping("/{id}/registration")
    @PreAuthorize("isAuthenticated()")
    RegistrationView register(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        TrainingRegistration registration = training.register(id, user);
        return RegistrationView.of(registration, training.waitingPosition(registration));
    }

    @DeleteMapping("/{id}/registration")
    @PreAuthorize("isAuthenticated()")
    RegistrationView cancel(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return RegistrationView.of(training.cancel(id, user), 0);
    }
}
