package fr.reperes.web.session;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import fr.reperes.core.Facts;
import fr.reperes.core.LetterId;
import fr.reperes.interview.AnswersFile;
import fr.reperes.web.session.CaseFile;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The promise "nothing is kept", proven: unique canary values go through the interview, the letters (in all
 * formats), the answers file and every API endpoint; then the logs (file and console), the temp directory and the
 * working directory are searched, with the root log level at DEBUG as a careless diagnosis would set it. No canary
 * may be found anywhere.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "logging.file.name=target/privacy-test/reperes.log",
        "logging.level.fr.reperes=DEBUG",
        "logging.level.root=DEBUG"})
class NothingKeptTest {

    private final String canary = "CANARI" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    private final Instant started = Instant.now().minusSeconds(2);
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    AnswersFile answersFile;

    @Test
    void noCanaryReachesALogATempFileOrTheWorkingDirectory(CapturedOutput output) throws Exception {
        throughTheApi();
        throughTheViews();

        List<String> found = new ArrayList<>();
        if (output.getAll().contains(canary)) {
            found.add("sortie console / journal");
        }
        found.addAll(filesContaining(Path.of("target", "privacy-test")));
        found.addAll(filesContaining(Path.of(System.getProperty("java.io.tmpdir"))));
        found.addAll(filesContaining(Path.of("").toAbsolutePath()));
        assertThat(Files.exists(Path.of("target", "privacy-test", "reperes.log"))).as("le journal a bien été écrit").isTrue();
        assertThat(output.getAll()).as("l'erreur de l'interface est journalisée, sans son message")
                .contains("Erreur inattendue dans l'interface (messages non journalisés) : java.lang.IllegalStateException")
                .contains("causée par java.time.format.DateTimeParseException");
        assertThat(found).as("endroits où la valeur témoin " + canary + " a été retrouvée").isEmpty();
    }

    private void throughTheApi() throws Exception {
        String base = "http://localhost:" + port;
        // Search, including a query that is too long and one with Lucene syntax.
        for (String q : List.of(canary, canary + " dossier médical", canary + ":(*~\"", canary.repeat(50))) {
            get(base + "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        }
        get(base + "/api/pages/" + canary);
        // Assessment: valid facts, then invalid values carrying the canary (must not be echoed to logs).
        post(base + "/api/assessment", "{\"careBasis\":\"PREFECT\",\"careSetting\":\"OUTPATIENT\",\"programmeDeSoins\":true}");
        post(base + "/api/assessment", "{\"careBasis\":\"" + canary + "\"}");
        post(base + "/api/assessment", "{\"admissionDate\":\"" + canary + "\"}");
        post(base + "/api/assessment", "{\"" + canary + "\":1}");
        post(base + "/api/assessment", "{not json " + canary);
        // Letters in every format, with the canary in every text field, and an invalid e-mail carrying it too.
        for (LetterId letter : List.of(LetterId.ACCES_DOSSIER_MEDICAL, LetterId.SAISINE_JUGE_MAINLEVEE, LetterId.CESSATION_PRISE_EN_CHARGE)) {
            String id = letter.id();
            String fields = "{\"nom\":\"" + canary + "\",\"prenom\":\"" + canary + "\",\"adresse\":\"" + canary
                    + " rue\",\"code_postal\":\"75001\",\"ville\":\"" + canary + "\",\"etablissement\":\"" + canary
                    + "\",\"pieces\":\"" + canary + "\",\"motifs\":\"" + canary + "\",\"courriel\":\"" + canary + "@\"}";
            for (String format : List.of("pdf", "docx", "txt")) {
                post(base + "/api/letters/" + id + "?format=" + format, fields);
            }
        }
    }

    private void throughTheViews() {
        Routes routes = new Routes().autoDiscoverViews("fr.reperes");
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
        try {
            CaseFile caseFile = context.getBean(CaseFile.class);
            UI.getCurrent().navigate("questionnaire");
            UI.getCurrent().navigate("resultat");
            UI.getCurrent().navigate("lettres/acces-dossier-medical");
            _find(TextField.class).forEach(field -> HasValueUtilsKt._setValue(field, canary));
            _find(TextArea.class).forEach(area -> HasValueUtilsKt._setValue(area, canary));
            assertThat(caseFile.letterDraft(LetterId.ACCES_DOSSIER_MEDICAL).values()).as("le brouillon est en mémoire")
                    .contains(canary);
            byte[] file = answersFile.write(new Facts(Facts.Respondent.PERSON, false, Facts.CareSetting.OUTPATIENT,
                    Facts.CareBasis.CONSENT, false, null, List.of(), null, null, null, null, null, List.of(), null,
                    null), caseFile.answered());
            assertThat(answersFile.read(file)).isInstanceOf(AnswersFile.Loaded.Ok.class);
            answersFile.read((new String(file, StandardCharsets.UTF_8) + canary).getBytes(StandardCharsets.UTF_8));
            UI.getCurrent().navigate("rechercher", com.vaadin.flow.router.QueryParameters.of("q", canary));
            // A forged message to a date field: the parse error quotes what was sent. It is logged, without it.
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException("champ date",
                    new DateTimeParseException("Text '2026-13-45 " + canary + "' could not be parsed", canary, 0))));
        } finally {
            MockVaadin.tearDown();
        }
    }

    private void get(String url) throws Exception {
        http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding());
    }

    private void post(String url, String json) throws Exception {
        http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.discarding());
    }

    /** Files under {@code root} changed since the test started whose bytes contain the canary. */
    private List<String> filesContaining(Path root) throws IOException {
        List<String> found = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return found;
        }
        byte[] needle = canary.getBytes(StandardCharsets.UTF_8);
        // Other programs write and delete files in these folders while the test reads them: a file or folder that
        // disappears during the walk is skipped, not an error (it cannot hold what this test wrote).
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return dir.getFileName() != null && dir.getFileName().toString().equals(".git")
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path path, BasicFileAttributes attributes) {
                if (attributes.isRegularFile() && recent(path) && size(path) < 50_000_000 && contains(path, needle)) {
                    found.add(path.toString());
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path path, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        return found;
    }

    private boolean recent(Path path) {
        try {
            FileTime modified = Files.getLastModifiedTime(path);
            return modified.toInstant().isAfter(started);
        } catch (IOException e) {
            return false;
        }
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private static boolean contains(Path path, byte[] needle) {
        try {
            byte[] bytes = Files.readAllBytes(path);
            outer:
            for (int i = 0; i <= bytes.length - needle.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (bytes[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
