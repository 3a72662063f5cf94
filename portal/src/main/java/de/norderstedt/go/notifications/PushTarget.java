package de.norderstedt.go.notifications;

/**
 * Where one browser receives Web Push: the push service's endpoint and the browser's keys
 * (RFC 8291), as the browser's PushSubscription gave them (base64url).
 */
record PushTarget(long subscriptionId, String endpoint, String p256dh, String auth) {
}
