package cn.ipfin.roadshow.api;

import java.net.URI;
import java.util.List;

import cn.ipfin.identity.CurrentUser;
import cn.ipfin.roadshow.RoadshowEvent;
import cn.ipfin.roadshow.RoadshowEventService;
import cn.ipfin.roadshow.api.RoadshowViews.EventView;
import cn.ipfin.roadshow.api.RoadshowViews.RegistrationView;
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

/** Roadshow events: anyone lists them, the operator schedules them, signed-in users register and cancel. */
@RestController
@RequestMapping("/api/v1/roadshow/events")
class EventApiController {

    private final RoadshowEventService events;

    EventApiController(RoadshowEventService events) {
        this.events = events;
    }

    @GetMapping
    List<EventView> upcoming() {
        return events.upcoming().stream().map(EventView::of).toList();
    }

    @GetMapping("/{id}")
    EventView get(@PathVariable Long id) {
        return EventView.of(events.get(id));
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('OPERATOR', 'ADMIN')")
    ResponseEntity<EventView> schedule(@RequestBody RoadshowEventService.EventForm form,
            @AuthenticationPrincipal CurrentUser user) {
        RoadshowEvent event = events.schedule(form, user.username());
        return ResponseEntity.created(URI.create("/api/v1/roadshow/events/" + event.getId()))
                .body(EventView.of(events.get(event.getId())));
    }

    @PostMapping("/{id}/registration")
    @PreAuthorize("isAuthenticated()")
    RegistrationView register(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return RegistrationView.of(events.register(id, user));
    }

    @DeleteMapping("/{id}/registration")
    @PreAuthorize("isAuthenticated()")
    RegistrationView cancel(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
        return RegistrationView.of(events.cancel(id, user));
    }
}
