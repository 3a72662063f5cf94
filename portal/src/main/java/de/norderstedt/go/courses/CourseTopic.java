package de.norderstedt.go.courses;

/** What a course is about. */
public enum CourseTopic {

	SMARTPHONE, INTERNET, SAFETY, COMMUNICATION, CITY_SERVICES, OTHER

}
