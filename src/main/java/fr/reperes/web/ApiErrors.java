package fr.reperes.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Bad input to the JSON API gets a 400 with a French message naming the field — never a 500, never a stack
 * trace, and never the value received (nothing received is logged or echoed back). Not restricted to a package:
 * a wrong method or content type is refused before any controller is chosen.
 */
@RestControllerAdvice
public class ApiErrors {

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException exception) {
        return badRequest(describe(exception));
    }

    /** Thrown by a controller that binds its input itself (strict reading of the assessment facts). */
    @ExceptionHandler(JacksonException.class)
    ResponseEntity<Map<String, String>> unreadableJson(JacksonException exception) {
        return badRequest(describe(exception));
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<Map<String, String>> status(ResponseStatusException exception) {
        String reason = exception.getReason() == null ? "Requête refusée." : exception.getReason();
        return ResponseEntity.status(exception.getStatusCode()).body(error(reason));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, String>> wrongParameter(MethodArgumentTypeMismatchException exception) {
        return badRequest("Le paramètre « " + exception.getName() + " » a une valeur invalide"
                + expected(exception.getRequiredType()) + ".");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, String>> missingParameter(MissingServletRequestParameterException exception) {
        return badRequest("Le paramètre « " + exception.getParameterName() + " » est obligatoire.");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, String>> mediaType(HttpMediaTypeNotSupportedException exception) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(error(
                "Type de contenu non accepté : envoyez du JSON (en-tête « Content-Type: application/json »)."));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, String>> method(HttpRequestMethodNotSupportedException exception) {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).body(error(
                "Méthode HTTP non acceptée ici" + (exception.getSupportedMethods() == null ? "."
                        : " (acceptée : " + String.join(", ", exception.getSupportedMethods()) + ").")));
    }

    private static String describe(HttpMessageNotReadableException exception) {
        JacksonException jackson = find(exception, JacksonException.class);
        if (jackson == null) {
            return "Le corps de la requête est vide ou illisible : envoyez un objet JSON.";
        }
        return describe(jackson);
    }

    private static String describe(JacksonException jackson) {
        String field = field(jackson);
        if (jackson instanceof ValueInstantiationException) {
            return "Valeur vide (null) non acceptée" + (field.isEmpty() ? "" : " dans le champ « " + field + " »")
                    + " : omettez le champ pour dire « je ne sais pas ».";
        }
        if (jackson instanceof UnrecognizedPropertyException) {
            return "Champ inconnu" + (field.isEmpty() ? "" : " : « " + field + " »")
                    + " (vérifiez l'orthographe ; un champ absent veut dire « je ne sais pas »).";
        }
        if (jackson instanceof MismatchedInputException mismatch && !field.isEmpty()) {
            return "Le champ « " + field + " » a une valeur invalide" + expected(mismatch.getTargetType()) + ".";
        }
        if (jackson instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "Le corps de la requête doit être un objet JSON, par exemple {\"careBasis\": \"CONSENT\"}.";
        }
        if (jackson instanceof StreamReadException) {
            return "JSON mal formé" + location(jackson)
                    + " : vérifiez les guillemets, les virgules et les accolades.";
        }
        return "Requête illisible" + (field.isEmpty() ? "" : " (champ « " + field + " »)") + ".";
    }

    /** "goals[1]", "careBasis": the path of the field in the JSON received. */
    private static String field(JacksonException exception) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : exception.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "";
        }
        if (type.isEnum()) {
            return " : valeurs acceptées " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return " : une date au format AAAA-MM-JJ est attendue (par exemple 2026-03-14)";
        }
        if (type == Boolean.class || type == boolean.class) {
            return " : true ou false est attendu";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return " : une liste est attendue, par exemple [\"…\"]";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return " : un nombre est attendu";
        }
        if (type == String.class) {
            return " : un texte est attendu";
        }
        return "";
    }

    private static String location(JacksonException exception) {
        var location = exception.getLocation();
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " (ligne " + location.getLineNr() + ", colonne " + location.getColumnNr() + ")";
    }

    private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static ResponseEntity<Map<String, String>> badRequest(String message) {
        return ResponseEntity.badRequest().body(error(message));
    }

    private static Map<String, String> error(String message) {
        return Map.of("erreur", message);
    }
}
