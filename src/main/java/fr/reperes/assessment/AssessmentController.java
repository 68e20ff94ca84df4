package fr.reperes.assessment;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/assessment} (DESIGN §5): facts in, assessment out. Nothing received is stored or logged;
 * malformed input is answered in French by {@code fr.reperes.web.ApiErrors}.
 */
@RestController
@RequestMapping("/api/assessment")
class AssessmentController {

    private final AssessmentService service;

    AssessmentController(AssessmentService service) {
        this.service = service;
    }

    @PostMapping(consumes = "application/json", produces = "application/json")
    Assessment assess(@RequestBody Facts facts) {
        return service.assess(facts);
    }
}
