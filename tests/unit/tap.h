/*
 * Unit tests print TAP (automake's tap-driver reads it): cmocka's TAP
 * output is selected before the group runs.
 */
#ifndef FX_TEST_TAP_H
#define FX_TEST_TAP_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#define FX_RUN_TESTS(name, tests)                                              \
	(cmocka_set_message_output(CM_OUTPUT_TAP),                             \
	 cmocka_run_group_tests_name(name, tests, NULL, NULL))

#endif
