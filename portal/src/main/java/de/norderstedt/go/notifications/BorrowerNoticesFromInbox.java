package de.norderstedt.go.notifications;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import de.norderstedt.go.lockers.BorrowerNotice;
import de.norderstedt.go.lockers.BorrowerNotices;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the borrowers of overdue items were told, from the notification centre's records:
 * the overdue notice and each reminder staff sent, with the entry in the app (and whether
 * it was read) and each push message and e-mail (sent, waiting, or given up). For the
 * locker staff's list of overdue items (the lockers feature decides who sees it).
 */
@Component
class BorrowerNoticesFromInbox implements BorrowerNotices {

	private final NotificationRepository notifications;

	private final DeliveryRepository deliveries;

	BorrowerNoticesFromInbox(NotificationRepository notifications, DeliveryRepository deliveries) {
		this.notifications = notifications;
		this.deliveries = deliveries;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, List<BorrowerNotice>> overdueNotices(Collection<Long> reservationIds) {
		if (reservationIds.isEmpty()) {
			return Map.of();
		}
		List<NotificationRepository.Told> told = this.notifications.told(
				reservationIds.stream().map(LockerMessages::overdueSource).toList(),
				reservationIds.stream().map(LockerMessages::staffReminderPrefix).toList());
		if (told.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<DeliveryRepository.State>> states = this.deliveries
			.states(told.stream().map(NotificationRepository.Told::id).toList())
			.stream()
			.collect(Collectors.groupingBy(DeliveryRepository.State::notificationId));
		Map<Long, List<BorrowerNotice>> notices = new LinkedHashMap<>();
		for (NotificationRepository.Told message : told) {
			Long reservation = LockerMessages.reservationOf(message.source());
			if (reservation == null) {
				continue;
			}
			List<BorrowerNotice.Way> ways = new ArrayList<>();
			if (message.shownInApp()) {
				Instant read = message.readAt();
				ways.add(read != null
						? new BorrowerNotice.Way(BorrowerNotice.Channel.IN_APP, BorrowerNotice.Outcome.READ, read)
						: new BorrowerNotice.Way(BorrowerNotice.Channel.IN_APP, BorrowerNotice.Outcome.SENT,
								message.createdAt()));
			}
			ways.addAll(ways(states.getOrDefault(message.id(), List.of())));
			notices.computeIfAbsent(reservation, id -> new ArrayList<>())
				.add(new BorrowerNotice(message.createdAt(), LockerMessages.isStaffReminder(message.source()),
						List.copyOf(ways)));
		}
		return notices;
	}

	/**
	 * One way per channel: push goes to each of the person's browsers, and counts as sent
	 * when it reached one of them.
	 */
	private static List<BorrowerNotice.Way> ways(List<DeliveryRepository.State> states) {
		Map<Channel, List<DeliveryRepository.State>> byChannel = new EnumMap<>(Channel.class);
		for (DeliveryRepository.State state : states) {
			byChannel.computeIfAbsent(state.channel(), c -> new ArrayList<>()).add(state);
		}
		List<BorrowerNotice.Way> ways = new ArrayList<>();
		byChannel.forEach((channel, those) -> ways.add(way(channel, those)));
		return ways;
	}

	private static BorrowerNotice.Way way(Channel channel, List<DeliveryRepository.State> states) {
		BorrowerNotice.Channel shown = channel == Channel.PUSH ? BorrowerNotice.Channel.PUSH
				: BorrowerNotice.Channel.EMAIL;
		@Nullable Instant sent = states.stream()
			.map(DeliveryRepository.State::sentAt)
			.filter(Objects::nonNull)
			.min(Comparator.naturalOrder())
			.orElse(null);
		if (sent != null) {
			return new BorrowerNotice.Way(shown, BorrowerNotice.Outcome.SENT, sent);
		}
		return states.stream()
			.filter(state -> state.status() == DeliveryStatus.PENDING)
			.map(DeliveryRepository.State::notBefore)
			.min(Comparator.naturalOrder())
			.map(due -> new BorrowerNotice.Way(shown, BorrowerNotice.Outcome.WAITING, due))
			.orElseGet(() -> new BorrowerNotice.Way(shown, BorrowerNotice.Outcome.NOT_SENT, null));
	}

}
