package de.norderstedt.go.notifications;

import org.jspecify.annotations.Nullable;

/**
 * Where one browser receives Web Push: the push service's endpoint and the browser's keys
 * (RFC 8291), as the browser's PushSubscription gave them (base64url), and the id of the
 * VAPID key it subscribed with (null: before key ids, the legacy key).
 */
record PushTarget(long subscriptionId, String endpoint, String p256dh, String auth, @Nullable String vapidKeyId) {

	PushTarget(long subscriptionId, String endpoint, String p256dh, String auth) {
		this(subscriptionId, endpoint, p256dh, auth, null);
	}

}
