package de.norderstedt.go.devices;

/**
 * What a kiosk can offer on its start screen, with the kiosk screen that serves it. New
 * features join here (and in the database check) when their kiosk screens exist.
 */
public enum DeviceFeature {

	/** Book a course of the place the kiosk stands in. */
	COURSES("kiosk/kurse"),

	/** Scan an accessibility profile card to apply one's display settings. */
	PROFILE_CARD("kiosk/karte"),

	/** Practise using apps with guided tutorials. */
	TUTORIALS("kiosk/lernen"),

	/** Pick up and return items from the station's lockers (locker terminals). */
	LOCKERS("kiosk/locker"),

	/** Suggest an idea for the city (the Ideenspeicher), or support a similar one. */
	IDEAS("kiosk/idee"),

	/** Tell the city what is hard to use. */
	FEEDBACK("kiosk/rueckmeldung");

	private final String path;

	DeviceFeature(String path) {
		this.path = path;
	}

	/** The kiosk screen of the feature, relative to the application root. */
	public String path() {
		return this.path;
	}

	/** The key of the feature's name among the UI texts. */
	public String titleKey() {
		return "kiosk.offer." + name().toLowerCase().replace('_', '-');
	}

	/** The key of the feature's one-line description among the UI texts. */
	public String descriptionKey() {
		return titleKey() + ".text";
	}

}
