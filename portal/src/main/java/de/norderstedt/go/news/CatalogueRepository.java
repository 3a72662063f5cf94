package de.norderstedt.go.news;

import static de.norderstedt.go.db.Tables.NEWS_DISTRICT;
import static de.norderstedt.go.db.Tables.NEWS_TOPIC;
import static org.jooq.impl.DSL.lower;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Areas of interest and districts: the same shape in two tables. */
@Repository
class CatalogueRepository {

	private final DSLContext dsl;

	CatalogueRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	List<CatalogueEntry> findAll(Catalogue catalogue) {
		return this.dsl
			.select(id(catalogue), slug(catalogue), nameDe(catalogue), nameEn(catalogue), position(catalogue),
					active(catalogue))
			.from(table(catalogue))
			.orderBy(position(catalogue), id(catalogue))
			.fetch(r -> new CatalogueEntry(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
	}

	/**
	 * Rows of the list locked while positions change, so two admins do not mix them up.
	 */
	void lock(Catalogue catalogue) {
		this.dsl.select(id(catalogue)).from(table(catalogue)).forUpdate().fetch();
	}

	boolean exists(Catalogue catalogue, long id) {
		return this.dsl.fetchExists(table(catalogue), id(catalogue).eq(id));
	}

	boolean slugTaken(Catalogue catalogue, String slug) {
		return this.dsl.fetchExists(table(catalogue), slug(catalogue).eq(slug));
	}

	/** Whether another entry has this German or English name (ignoring case). */
	boolean nameTaken(Catalogue catalogue, String nameDe, String nameEn, @Nullable Long except) {
		return this.dsl.fetchExists(table(catalogue),
				lower(nameDe(catalogue)).eq(nameDe.toLowerCase(Locale.ROOT))
					.or(lower(nameEn(catalogue)).eq(nameEn.toLowerCase(Locale.ROOT)))
					.and(except == null ? DSL.trueCondition() : id(catalogue).ne(except)));
	}

	long insert(Catalogue catalogue, String slug, String nameDe, String nameEn) {
		Integer last = this.dsl.select(DSL.max(position(catalogue))).from(table(catalogue)).fetchOne(0, Integer.class);
		return Objects.requireNonNull(this.dsl.insertInto(table(catalogue))
			.set(slug(catalogue), slug)
			.set(nameDe(catalogue), nameDe)
			.set(nameEn(catalogue), nameEn)
			.set(position(catalogue), last == null ? 1 : last + 1)
			.returningResult(id(catalogue))
			.fetchSingle(id(catalogue)));
	}

	void rename(Catalogue catalogue, long id, String nameDe, String nameEn) {
		this.dsl.update(table(catalogue))
			.set(nameDe(catalogue), nameDe)
			.set(nameEn(catalogue), nameEn)
			.where(id(catalogue).eq(id))
			.execute();
	}

	void setPosition(Catalogue catalogue, long id, int position) {
		this.dsl.update(table(catalogue)).set(position(catalogue), position).where(id(catalogue).eq(id)).execute();
	}

	void setActive(Catalogue catalogue, long id, boolean active) {
		this.dsl.update(table(catalogue)).set(active(catalogue), active).where(id(catalogue).eq(id)).execute();
	}

	// the two tables have the same columns; ArchitectureTest keeps jOOQ types in
	// repositories, so these are methods here rather than a record of columns

	private static Table<?> table(Catalogue catalogue) {
		return catalogue == Catalogue.TOPICS ? NEWS_TOPIC : NEWS_DISTRICT;
	}

	private static Field<Long> id(Catalogue catalogue) {
		return catalogue == Catalogue.TOPICS ? NEWS_TOPIC.ID : NEWS_DISTRICT.ID;
	}

	private static Field<String> slug(Catalogue catalogue) {
		return catalogue == Catalogue.TOPICS ? NEWS_TOPIC.SLUG : NEWS_DISTRICT.SLUG;
	}

	private static Field<String> nameDe(Catalogue catalogue) {
		return catalogue == Catalogue.TOPICS ? NEWS_TOPIC.NAME_DE : NEWS_DISTRICT.NAME_DE;
	}

	private static Field<String> nameEn(Catalogue catalogue) {
		return catalogue == Catalogue.TOPICS ? NEWS_TOPIC.NAME_EN : NEWS_DISTRICT.NAME_EN;
	}

	private static Field<Integer> position(Catalogue catalogue) {
		return catalogue == Catalogue.TOPICS ? NEWS_TOPIC.POSITION : NEWS_DISTRICT.POSITION;
	}

	private static Field<Boolean> active(Catalogue catalogue) {
		return catalogue == Catalogue.TOPICS ? NEWS_TOPIC.ACTIVE : NEWS_DISTRICT.ACTIVE;
	}

}
