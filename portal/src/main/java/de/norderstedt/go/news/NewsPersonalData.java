package de.norderstedt.go.news;

import java.util.List;
import java.util.Set;

import de.norderstedt.go.accounts.DataEntry;
import de.norderstedt.go.accounts.PersonalDataPart;

import org.springframework.stereotype.Component;

/**
 * The areas of interest and the parts of the city the person follows. Deleting the
 * account deletes them (the database cascades from the account).
 */
@Component
class NewsPersonalData implements PersonalDataPart {

	private final NewsRepository news;

	NewsPersonalData(NewsRepository news) {
		this.news = news;
	}

	@Override
	public String part() {
		return "news";
	}

	@Override
	public List<DataEntry> of(long accountId) {
		Interests interests = this.news.interests(accountId);
		if (interests.topicIds().isEmpty() && interests.districtIds().isEmpty()) {
			return List.of();
		}
		return List.of(DataEntry.of("topics", names(this.news.topics(false), interests.topicIds()), "districts",
				districts(interests.districtIds())));
	}

	private static List<String> names(List<Topic> topics, Set<Long> chosen) {
		return topics.stream().filter(topic -> chosen.contains(topic.id())).map(Topic::nameDe).toList();
	}

	private List<String> districts(Set<Long> chosen) {
		return this.news.districts(false)
			.stream()
			.filter(district -> chosen.contains(district.id()))
			.map(District::nameDe)
			.toList();
	}

	@Override
	public void erase(long accountId) {
		// the account's deletion cascades to the interests
	}

}
