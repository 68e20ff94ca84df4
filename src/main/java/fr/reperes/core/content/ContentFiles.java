package fr.reperes.core.content;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads the text files of the content folder ({@code reperes.content.location}: the packaged
 * {@code classpath:content/} by default, or a {@code file:} folder to edit content without rebuilding).
 */
@Component
public class ContentFiles {

    private final String location;
    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    public ContentFiles(@Value("${reperes.content.location:classpath:content/}") String location) {
        this.location = location.endsWith("/") ? location : location + "/";
    }

    /** The files matching {@code pattern} under the content folder, e.g. "pages/*.md", sorted by path; none if absent. */
    public List<SourceFile> read(String pattern) {
        try {
            List<SourceFile> files = new ArrayList<>();
            for (Resource resource : resolver.getResources(location + pattern)) {
                if (!resource.exists()) {
                    continue;
                }
                String name = resource.getFilename();
                String folder = pattern.contains("/") ? pattern.substring(0, pattern.lastIndexOf('/') + 1) : "";
                files.add(new SourceFile("content/" + folder + name,
                        resource.getContentAsString(StandardCharsets.UTF_8)));
            }
            files.sort(Comparator.comparing(SourceFile::path));
            return files;
        } catch (FileNotFoundException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("Lecture du contenu impossible : " + location + pattern, e);
        }
    }

    /** One file under the content folder, e.g. "site/a-propos.md". */
    public SourceFile readOne(String path) {
        List<SourceFile> files = read(path);
        if (files.isEmpty()) {
            throw new ContentValidationException(List.of("content/" + path + " : fichier manquant"));
        }
        return files.getFirst();
    }
}
