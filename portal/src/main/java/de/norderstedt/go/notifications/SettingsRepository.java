package de.norderstedt.go.notifications;

import static de.norderstedt.go.db.Tables.NOTIFICATION_SETTINGS;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import de.norderstedt.go.db.tables.records.NotificationSettingsRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class SettingsRepository {

	private final DSLContext dsl;

	SettingsRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	Optional<NotificationSettings> find(long accountId) {
		return this.dsl.selectFrom(NOTIFICATION_SETTINGS)
			.where(NOTIFICATION_SETTINGS.ACCOUNT_ID.eq(accountId))
			.fetchOptional(SettingsRepository::settings);
	}

	/** The settings of these accounts; accounts without a row get the defaults. */
	Map<Long, NotificationSettings> findAll(Collection<Long> accountIds) {
		Map<Long, NotificationSettings> found = new HashMap<>();
		for (Long id : accountIds) {
			found.put(id, NotificationSettings.DEFAULT);
		}
		this.dsl.selectFrom(NOTIFICATION_SETTINGS)
			.where(NOTIFICATION_SETTINGS.ACCOUNT_ID.eq(DSL.any(accountIds.toArray(Long[]::new))))
			.forEach(r -> found.put(r.getAccountId(), settings(r)));
		return found;
	}

	void save(long accountId, NotificationSettings settings, Instant now) {
		NotificationSettingsRecord r = this.dsl.newRecord(NOTIFICATION_SETTINGS);
		r.setAccountId(accountId);
		r.setNewsInApp(settings.news().contains(Channel.IN_APP));
		r.setNewsPush(settings.news().contains(Channel.PUSH));
		r.setNewsEmail(settings.news().contains(Channel.EMAIL));
		r.setPersonalInApp(settings.personal().contains(Channel.IN_APP));
		r.setPersonalPush(settings.personal().contains(Channel.PUSH));
		r.setPersonalEmail(settings.personal().contains(Channel.EMAIL));
		r.setEmail(settings.email());
		r.setQuietHours(settings.quietHours());
		r.setQuietFrom(settings.quietFrom());
		r.setQuietUntil(settings.quietUntil());
		r.setZone(settings.zone());
		r.setSetUpAt(settings.setUpAt());
		r.setUpdatedAt(now);
		this.dsl.insertInto(NOTIFICATION_SETTINGS)
			.set(r)
			.onConflict(NOTIFICATION_SETTINGS.ACCOUNT_ID)
			.doUpdate()
			.set(r)
			.execute();
	}

	private static NotificationSettings settings(NotificationSettingsRecord r) {
		return new NotificationSettings(channels(r.getNewsInApp(), r.getNewsPush(), r.getNewsEmail()),
				channels(r.getPersonalInApp(), r.getPersonalPush(), r.getPersonalEmail()), r.getEmail(),
				r.getQuietHours(), r.getQuietFrom(), r.getQuietUntil(), r.getZone(), r.getSetUpAt());
	}

	private static Set<Channel> channels(boolean inApp, boolean push, boolean email) {
		EnumSet<Channel> channels = EnumSet.noneOf(Channel.class);
		if (inApp) {
			channels.add(Channel.IN_APP);
		}
		if (push) {
			channels.add(Channel.PUSH);
		}
		if (email) {
			channels.add(Channel.EMAIL);
		}
		return channels;
	}

}
