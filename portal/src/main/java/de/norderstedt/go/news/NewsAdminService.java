package de.norderstedt.go.news;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import de.norderstedt.go.web.Input;
import de.norderstedt.go.web.Refusal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins keep the areas of interest and the districts: add, rename, order, switch off and
 * on. Nothing is deleted: old announcements and residents' choices keep their entries.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class NewsAdminService {

	public static final int MAX_NAME = 80;

	private final CatalogueRepository catalogues;

	NewsAdminService(CatalogueRepository catalogues) {
		this.catalogues = catalogues;
	}

	/** All entries, active or not, in their order. */
	@Transactional(readOnly = true)
	public List<CatalogueEntry> entries(Catalogue catalogue) {
		return this.catalogues.findAll(catalogue);
	}

	/** Adds an entry at the end of the list. */
	@Transactional
	public long add(Catalogue catalogue, String nameDe, String nameEn) {
		String de = Input.required("nameDe", nameDe, MAX_NAME, "news.error.name");
		String en = Input.required("nameEn", nameEn, MAX_NAME, "news.error.name");
		if (this.catalogues.nameTaken(catalogue, de, en, null)) {
			throw Refusal.at("nameDe", "news.error.name-taken");
		}
		String base = slug(de);
		String slug = base;
		for (int n = 2; this.catalogues.slugTaken(catalogue, slug); n++) {
			slug = base.substring(0, Math.min(base.length(), 55)) + "-" + n;
		}
		return this.catalogues.insert(catalogue, slug, de, en);
	}

	@Transactional
	public void rename(Catalogue catalogue, long id, String nameDe, String nameEn) {
		known(catalogue, id);
		String de = Input.required("nameDe", nameDe, MAX_NAME, "news.error.name");
		String en = Input.required("nameEn", nameEn, MAX_NAME, "news.error.name");
		if (this.catalogues.nameTaken(catalogue, de, en, id)) {
			throw Refusal.at("nameDe", "news.error.name-taken");
		}
		this.catalogues.rename(catalogue, id, de, en);
	}

	/** Moves an entry one place up (-1) or down (+1); at either end nothing happens. */
	@Transactional
	public void move(Catalogue catalogue, long id, int direction) {
		known(catalogue, id);
		this.catalogues.lock(catalogue);
		List<CatalogueEntry> entries = new ArrayList<>(this.catalogues.findAll(catalogue));
		int from = -1;
		for (int i = 0; i < entries.size(); i++) {
			if (entries.get(i).id() == id) {
				from = i;
			}
		}
		int to = from + Integer.signum(direction);
		if (from < 0 || to < 0 || to >= entries.size()) {
			return;
		}
		entries.add(to, entries.remove(from));
		for (int i = 0; i < entries.size(); i++) {
			if (entries.get(i).position() != i + 1) {
				this.catalogues.setPosition(catalogue, entries.get(i).id(), i + 1);
			}
		}
	}

	/**
	 * Switches an entry off (editors and residents no longer see it to choose) or on.
	 */
	@Transactional
	public void setActive(Catalogue catalogue, long id, boolean active) {
		known(catalogue, id);
		this.catalogues.setActive(catalogue, id, active);
	}

	private void known(Catalogue catalogue, long id) {
		if (!this.catalogues.exists(catalogue, id)) {
			throw new Refusal("news.error.unknown-entry");
		}
	}

	/** "Sport & Freizeit" → "sport-freizeit"; umlauts spelled out as Germans do. */
	static String slug(String name) {
		String lower = name.toLowerCase(Locale.GERMAN)
			.replace("ä", "ae")
			.replace("ö", "oe")
			.replace("ü", "ue")
			.replace("ß", "ss");
		String ascii = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > 50) {
			slug = slug.substring(0, 50).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? "eintrag" : slug;
	}

}
