package fr.reperes.web.session;

import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ErrorHandlerUtil;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.StringJoiner;

/**
 * Errors in the screens are logged without their messages. Vaadin's default handler logs the message and the whole
 * exception: when a request was forged (a date field sent "2026-13-45" followed by a name, say), the message quotes
 * what was sent, and that would write a person's words to the log. This handler does what the default one does —
 * ignores a closed connection, shows the error page when one applies — but logs only the kinds of the exceptions
 * and where they were thrown.
 */
@Component
class QuietErrorHandler implements ErrorHandler, VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(QuietErrorHandler.class);
    /** Frames of each exception written to the log: enough to find the place, not a whole stack trace. */
    private static final int FRAMES = 6;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable error = DefaultErrorHandler.findRelevantThrowable(event.getThrowable());
        if (connectionClosed(error) || ErrorHandlerUtil.handleErrorByRedirectingToErrorView(error)) {
            return;
        }
        LOG.error("Erreur inattendue dans l'interface (messages non journalisés) : {}", describe(error));
    }

    private static boolean connectionClosed(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (DefaultErrorHandler.SOCKET_EXCEPTIONS.contains(t.getClass().getName())) {
                return true;
            }
        }
        return false;
    }

    /** The chain of exception kinds, each with its first frames; never a message. */
    static String describe(Throwable error) {
        StringJoiner text = new StringJoiner(" ; causée par ");
        int depth = 0;
        for (Throwable t = error; t != null && depth < 10; t = t.getCause(), depth++) {
            StringJoiner frames = new StringJoiner(" < ", t.getClass().getName() + " à ", "");
            StackTraceElement[] stack = t.getStackTrace();
            for (int i = 0; i < Math.min(FRAMES, stack.length); i++) {
                frames.add(stack[i].toString());
            }
            text.add(frames.toString());
        }
        return text.toString();
    }
}
