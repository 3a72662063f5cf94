package de.norderstedt.go.devices;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

import de.norderstedt.go.accounts.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Continue on your phone": a kiosk screen hands its task to a personal device through a
 * QR code that works once and only for a few minutes. Nothing personal travels with it;
 * the phone opens the same task on the portal, in the language of the kiosk.
 */
@Service
public class HandoffService {

	/** How long a handoff link works. */
	public static final Duration VALIDITY = Duration.ofMinutes(10);

	private static final Pattern TARGET = Pattern.compile("/[A-Za-z0-9/_.?=&%#-]{0,499}");

	private final HandoffRepository handoffs;

	private final Clock clock;

	HandoffService(HandoffRepository handoffs, Clock clock) {
		this.handoffs = handoffs;
		this.clock = clock;
	}

	/**
	 * A new link to {@code target} (a path of the portal) in the given language.
	 * @param deviceId the kiosk that made it, if known
	 */
	@Transactional
	public Handoff create(String target, Language language, @Nullable Long deviceId) {
		if (!TARGET.matcher(target).matches() || target.startsWith("//")) {
			throw new IllegalArgumentException("Not a portal path: " + target);
		}
		Instant now = this.clock.instant();
		String token = Secrets.newShortToken();
		Instant expires = now.plus(VALIDITY);
		this.handoffs.insert(Secrets.hash(token), target, language, deviceId, now, expires);
		return new Handoff(token, expires);
	}

	/**
	 * Uses a link: its target and language, or why it does not work. A link works once,
	 * also when two phones open it at the same moment.
	 */
	@Transactional
	public HandoffResult redeem(String token) {
		if (token.isBlank() || token.length() > 100) {
			return HandoffResult.failed(HandoffResult.Failure.UNKNOWN);
		}
		String hash = Secrets.hash(token.strip());
		Instant now = this.clock.instant();
		return this.handoffs.use(hash, now)
			.map(HandoffResult::success)
			.orElseGet(() -> HandoffResult.failed(this.handoffs.find(hash)
				.map(state -> state.usedAt() != null ? HandoffResult.Failure.USED : HandoffResult.Failure.EXPIRED)
				.orElse(HandoffResult.Failure.UNKNOWN)));
	}

}
