package fr.reperes.assessment;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/assessment}: facts in, assessment out. Nothing received is stored or logged;
 * malformed input is answered in French by {@code fr.reperes.web.ApiErrors}.
 */
@RestController
@RequestMapping("/api/assessment")
class AssessmentController {

    private final AssessmentService service;
    private final FactsReader reader;

    AssessmentController(AssessmentService service, FactsReader reader) {
        this.service = service;
        this.reader = reader;
    }

    @PostMapping(consumes = "application/json", produces = "application/json")
    Assessment assess(@RequestBody JsonNode body) {
        return service.assess(reader.read(body));
    }
}
