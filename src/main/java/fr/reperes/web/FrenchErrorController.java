package fr.reperes.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.Map;

/** Errors outside the Vaadin views, in French, without stack trace, versions or request details. */
@Controller
class FrenchErrorController implements ErrorController {

    @RequestMapping(value = "/error", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> json(HttpServletRequest request) {
        HttpStatus status = status(request);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("erreur", message(status)));
    }

    @RequestMapping("/error")
    ResponseEntity<String> html(HttpServletRequest request) {
        HttpStatus status = status(request);
        String page = page(message(status));
        return ResponseEntity.status(status).contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8)).body(page);
    }

    /** The French error page; {@code message} is one of {@link #message}'s, never anything from the request. */
    static String page(String message) {
        return "<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                + "content=\"width=device-width, initial-scale=1\"><title>Erreur — Repères</title></head><body>"
                + "<main><h1>" + message + "</h1><p><a href=\"/\">Revenir à l'accueil de Repères</a></p>"
                + "<p>Besoin d'aide tout de suite ? <a href=\"tel:3114\">3114</a> · <a href=\"tel:15\">15</a> · "
                + "<a href=\"tel:112\">112</a></p></main></body></html>";
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    static String message(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "Page introuvable.";
            case BAD_REQUEST -> "La demande est mal formée.";
            case METHOD_NOT_ALLOWED -> "Cette action n'est pas possible à cette adresse.";
            case PAYLOAD_TOO_LARGE -> "La demande est trop volumineuse.";
            case UNSUPPORTED_MEDIA_TYPE -> "Le format envoyé n'est pas accepté : envoyez du JSON.";
            case NOT_ACCEPTABLE -> "Le format demandé n'est pas disponible.";
            case TOO_MANY_REQUESTS -> "Trop de demandes en peu de temps. Attendez une minute puis réessayez.";
            case URI_TOO_LONG, REQUEST_HEADER_FIELDS_TOO_LARGE -> "L'adresse ou les en-têtes de la demande sont trop longs.";
            case HTTP_VERSION_NOT_SUPPORTED -> "Version du protocole HTTP non prise en charge : utilisez HTTP/1.1.";
            default -> status.is4xxClientError() ? "La demande n'a pas pu être traitée."
                    : "Une erreur est survenue de notre côté. Réessayez dans un moment.";
        };
    }
}
