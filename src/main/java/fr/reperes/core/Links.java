package fr.reperes.core;

/**
 * Addresses of a page of the library or of a letter, built from their ids, relative to the site's root (as a link
 * of a page writes them; the API puts a "/" before). Content files write the same forms ({@code /fiches/<slug>},
 * {@code /lettres/<id>}) and the content validation checks every such link.
 */
public final class Links {

    /** The library of pages, and the first segment of a page's address. */
    public static final String PAGES = "fiches";
    /** The letters, and the first segment of a letter's address. */
    public static final String LETTERS = "lettres";

    private Links() {
    }

    /** {@code fiches/<slug>}. */
    public static String page(String slug) {
        return PAGES + "/" + slug;
    }

    /** {@code fiches/<slug>#<anchor>}: a section of a page. */
    public static String page(String slug, String anchor) {
        return page(slug) + "#" + anchor;
    }

    /** {@code lettres/<id>}. */
    public static String letter(LetterId letter) {
        return LETTERS + "/" + letter.id();
    }
}
