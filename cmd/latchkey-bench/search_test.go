package main

import (
	"fmt"
	"slices"
	"testing"
	"time"
)

// limit is a fake system that holds every rate up to its limit, and
// writes down each rate it is tried at in tried.
func limit(name string, max int, tried *[]string) func(int) figures {
	return func(rate int) figures {
		*tried = append(*tried, fmt.Sprintf("%s %d", name, rate))
		f := figures{rate: rate, requests: rate, p99: time.Millisecond}
		if rate > max {
			f.p99 = time.Second
		}
		return f
	}
}

// TestSearchFindsTheHighestRate: the climb doubles to the first missed
// rate, halves the gap twice, and goes down when the first rate is missed.
func TestSearchFindsTheHighestRate(t *testing.T) {
	s := search{start: 100, max: 3200, refine: 2, maxP99: 50 * time.Millisecond}
	for _, c := range []struct{ limit, want int }{
		{1000, 1000}, // 100..800 held, 1600 missed, 1200 missed, 1000 held
		{1300, 1200}, // 1200 held, 1400 missed
		{5000, 3200}, // every rate held
		{30, 25},     // 100, 50 missed, 25 held, 37 and 31 missed
		{0, 0},       // none held
	} {
		var tried []string
		if got := s.highestOf([]func(int) figures{limit("x", c.limit, &tried)})[0]; got != c.want {
			t.Errorf("limit %d: found %d, want %d (tried %v)", c.limit, got, c.want, tried)
		}
	}
}

// TestSearchTakesTurns: systems searched together are tried at each rate
// one after the other, and each finds what it would alone.
func TestSearchTakesTurns(t *testing.T) {
	s := search{start: 100, max: 3200, refine: 2, maxP99: 50 * time.Millisecond}
	var tried []string
	got := s.highestOf([]func(int) figures{limit("a", 1000, &tried), limit("b", 450, &tried), limit("c", 5000, &tried)})
	if want := []int{1000, 400, 3200}; !slices.Equal(got, want) {
		t.Errorf("found %v, want %v", got, want)
	}
	// A missed rate is tried twice in a row; then the turn passes.
	want := []string{"a 100", "b 100", "c 100", "a 200", "b 200", "c 200", "a 400", "b 400", "c 400",
		"a 800", "b 800", "b 800", "c 800", "a 1600", "a 1600", "b 600", "b 600", "c 1600"}
	if !slices.Equal(tried[:len(want)], want) {
		t.Errorf("tried in the order %v, want it to begin %v", tried, want)
	}
}

// TestRatiosRunByRun: the report pairs each run's rates, which the turns
// measured within the same minutes.
func TestRatiosRunByRun(t *testing.T) {
	if got, want := perRun([]int{800, 600, 700}, []int{400, 400, 175}), " [2.00 1.50 4.00]"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := perRun([]int{800}, []int{0}); got != "" {
		t.Errorf("a run with nothing held gave %q", got)
	}
	if got := perRun([]int{800, 600}, []int{400}); got != "" {
		t.Errorf("runs that do not pair gave %q", got)
	}
}
