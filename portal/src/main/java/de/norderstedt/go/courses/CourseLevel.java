package de.norderstedt.go.courses;

/** Who a course is for. */
public enum CourseLevel {

	BEGINNER, ADVANCED

}
