/* libfaketime 0.9.10 with FAKETIME_DONT_FAKE_MONOTONIC=1 still shifts the deadline of an absolute
 * clock_nanosleep on CLOCK_MONOTONIC by the fake offset, so CPython's time.sleep() fails with EINVAL.
 * Preloaded before libfaketime, this sends monotonic sleeps straight to the kernel (the monotonic clock is
 * not faked, so there is nothing to translate); every other clock still goes through libfaketime. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

int clock_nanosleep(clockid_t clock, int flags, const struct timespec *request, struct timespec *remain) {
    if (clock == CLOCK_MONOTONIC || clock == CLOCK_BOOTTIME) {
        return syscall(SYS_clock_nanosleep, clock, flags, request, remain) == 0 ? 0 : errno;
    }
    int (*next)(clockid_t, int, const struct timespec *, struct timespec *) = dlsym(RTLD_NEXT, "clock_nanosleep");
    return next(clock, flags, request, remain);
}
