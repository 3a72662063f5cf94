package de.norderstedt.go.news;

import static de.norderstedt.go.db.Tables.NEWS_DISTRICT;
import static de.norderstedt.go.db.Tables.NEWS_TOPIC;
import static org.jooq.impl.DSL.lower;

import java.util.List;
import java.util.Locale;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Areas of interest and districts: the same shape in two tables. */
@Repository
class CatalogueRepository {

	private record Columns(Table<?> table, Field<Long> id, Field<String> slug, Field<String> nameDe,
			Field<String> nameEn, Field<Integer> position, Field<Boolean> active) {
	}

	private static final Columns TOPICS = new Columns(NEWS_TOPIC, NEWS_TOPIC.ID, NEWS_TOPIC.SLUG, NEWS_TOPIC.NAME_DE,
			NEWS_TOPIC.NAME_EN, NEWS_TOPIC.POSITION, NEWS_TOPIC.ACTIVE);

	private static final Columns DISTRICTS = new Columns(NEWS_DISTRICT, NEWS_DISTRICT.ID, NEWS_DISTRICT.SLUG,
			NEWS_DISTRICT.NAME_DE, NEWS_DISTRICT.NAME_EN, NEWS_DISTRICT.POSITION, NEWS_DISTRICT.ACTIVE);

	private final DSLContext dsl;

	CatalogueRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	List<CatalogueEntry> findAll(Catalogue catalogue) {
		Columns c = columns(catalogue);
		return this.dsl.select(c.id(), c.slug(), c.nameDe(), c.nameEn(), c.position(), c.active())
			.from(c.table())
			.orderBy(c.position(), c.id())
			.fetch(r -> new CatalogueEntry(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
	}

	/**
	 * Rows of the list locked while positions change, so two admins do not mix them up.
	 */
	void lock(Catalogue catalogue) {
		Columns c = columns(catalogue);
		this.dsl.select(c.id()).from(c.table()).forUpdate().fetch();
	}

	boolean exists(Catalogue catalogue, long id) {
		Columns c = columns(catalogue);
		return this.dsl.fetchExists(c.table(), c.id().eq(id));
	}

	boolean slugTaken(Catalogue catalogue, String slug) {
		Columns c = columns(catalogue);
		return this.dsl.fetchExists(c.table(), c.slug().eq(slug));
	}

	/** Whether another entry has this German or English name (ignoring case). */
	boolean nameTaken(Catalogue catalogue, String nameDe, String nameEn, @Nullable Long except) {
		Columns c = columns(catalogue);
		return this.dsl.fetchExists(c.table(),
				lower(c.nameDe()).eq(nameDe.toLowerCase(Locale.ROOT))
					.or(lower(c.nameEn()).eq(nameEn.toLowerCase(Locale.ROOT)))
					.and(except == null ? DSL.trueCondition() : c.id().ne(except)));
	}

	long insert(Catalogue catalogue, String slug, String nameDe, String nameEn) {
		Columns c = columns(catalogue);
		Integer last = this.dsl.select(DSL.max(c.position())).from(c.table()).fetchOne(0, Integer.class);
		return this.dsl.insertInto(c.table())
			.set(c.slug(), slug)
			.set(c.nameDe(), nameDe)
			.set(c.nameEn(), nameEn)
			.set(c.position(), last == null ? 1 : last + 1)
			.returningResult(c.id())
			.fetchSingle(c.id());
	}

	void rename(Catalogue catalogue, long id, String nameDe, String nameEn) {
		Columns c = columns(catalogue);
		this.dsl.update(c.table()).set(c.nameDe(), nameDe).set(c.nameEn(), nameEn).where(c.id().eq(id)).execute();
	}

	void setPosition(Catalogue catalogue, long id, int position) {
		Columns c = columns(catalogue);
		this.dsl.update(c.table()).set(c.position(), position).where(c.id().eq(id)).execute();
	}

	void setActive(Catalogue catalogue, long id, boolean active) {
		Columns c = columns(catalogue);
		this.dsl.update(c.table()).set(c.active(), active).where(c.id().eq(id)).execute();
	}

	private static Columns columns(Catalogue catalogue) {
		return switch (catalogue) {
			case TOPICS -> TOPICS;
			case DISTRICTS -> DISTRICTS;
		};
	}

}
