package fr.reperes.core.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** For the tests of a wording bundle: a content folder holding one real file of content/, changed. */
public final class ChangedContent {

    public static final ContentFiles REAL = new ContentFiles("classpath:content/");

    private ChangedContent() {
    }

    /** The real wording of content/. */
    public static Wording real() {
        return new Wording(REAL, new ContentReader());
    }

    /**
     * The wording of a folder where {@code file} ("site/cadre.yml") is the real one with {@code change} applied; the
     * change must alter the file, so that a test never checks an unchanged file.
     */
    public static Wording with(Path folder, String file, UnaryOperator<String> change) throws IOException {
        SourceFile real = REAL.readOne(file);
        String changed = change.apply(real.text());
        assertThat(changed).as("la modification de test s'applique à " + file).isNotEqualTo(real.text());
        Path target = folder.resolve(file);
        Files.createDirectories(target.getParent());
        Files.writeString(target, changed);
        return new Wording(new ContentFiles(folder.toUri().toString()), new ContentReader());
    }

    /**
     * With {@code file} changed by {@code change}, reading it with {@code bundle} stops start-up with a message
     * naming the file and {@code problem}.
     */
    public static void assertStopsStartUp(Path folder, String file, UnaryOperator<String> change,
                                          Function<Wording, ?> bundle, String problem) throws IOException {
        Wording wording = with(folder, file, change);
        assertThatThrownBy(() -> bundle.apply(wording))
                .isInstanceOf(ContentValidationException.class)
                .hasMessageContaining("content/" + file)
                .hasMessageContaining(problem);
    }
}
