package de.norderstedt.go.lockers;

import org.jspecify.annotations.Nullable;

/**
 * An item as staff enter it.
 *
 * @param photo a new photo, or null to keep the one there is
 */
public record NewItem(long compartmentId, ItemType type, String name, ItemCondition condition,
		@Nullable ItemPhoto photo) {
}
