package fr.reperes.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser suite shares: one Chromium for the class (started once, closed at the end) and the port of
 * the application the class started. Subclasses carry their own {@code @SpringBootTest} settings.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserIT {

    protected BrowserSupport browser;

    @LocalServerPort
    protected int port;

    @BeforeAll
    void startBrowser() {
        browser = new BrowserSupport();
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    protected String base() {
        return "http://localhost:" + port;
    }
}
