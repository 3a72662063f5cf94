package de.norderstedt.go.lockers;

import org.jspecify.annotations.Nullable;

/**
 * A lendable thing, kept in its own compartment.
 *
 * @param hasPhoto whether a photo can be shown ({@code /schliessfaecher/fotos/{id}})
 * @param photoAltDe what the photo shows, in German (set when there is a photo)
 */
public record Item(long id, long compartmentId, int compartmentNumber, ItemType type, String name,
		ItemCondition condition, boolean hasPhoto, @Nullable String photoAltDe, @Nullable String photoAltEn) {
}
