package fr.reperes.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Target of the "Quitter rapidement" button: the browser leaves for a neutral site at once and, in the same
 * click, sends a beacon here so that the session and everything typed in it are dropped on the server.
 */
@RestController
class QuickExitController {

    @PostMapping("/quitter")
    ResponseEntity<Void> quit(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return ResponseEntity.noContent().build();
    }
}
