package descent.server.gallery;

/** One curated experiment as the gallery lists it. */
public record GalleryEntry(String id, String kind, String title, String description) {
}
