package server

import (
	"context"
	"errors"
	"testing"
	"time"
)

// TestSlotsShareFairly checks the slots' rules: a caller runs at most its
// share even when slots are free; a freed slot goes to the waiting caller
// that runs the fewest, not to the heavy caller that asked first; a caller
// that gives up takes no slot with it.
func TestSlotsShareFairly(t *testing.T) {
	s := newSlots(3, 2)
	enter := func(caller string) func() {
		t.Helper()
		release, err := s.enter(context.Background(), caller)
		if err != nil {
			t.Fatal(err)
		}
		return release
	}
	waiting := func(caller string) <-chan func() {
		got := make(chan func(), 1)
		go func() {
			release, err := s.enter(context.Background(), caller)
			if err == nil {
				got <- release
			}
		}()
		time.Sleep(20 * time.Millisecond) // queued behind the others
		return got
	}
	heavy1, heavy2 := enter("heavy"), enter("heavy")
	heavy3 := waiting("heavy")
	select {
	case <-heavy3:
		t.Fatal("a caller ran more than its share while a slot was free")
	case <-time.After(50 * time.Millisecond):
	}
	light1 := enter("light") // the free slot: the heavy caller is at its share
	heavy4 := waiting("heavy")
	light2 := waiting("light")
	heavy1()
	// heavy runs 1, light runs 1 with light2 waiting behind heavy3 and
	// heavy4: the tie goes to the earliest, heavy3.
	select {
	case r := <-heavy3:
		defer r()
	case <-time.After(time.Second):
		t.Fatal("the freed slot went to nobody")
	}
	light1()
	// heavy runs 2 (its share), light 0: the slot goes to light2.
	select {
	case r := <-light2:
		defer r()
	case <-heavy4:
		t.Fatal("the heavy caller got a slot before the light one")
	case <-time.After(time.Second):
		t.Fatal("the freed slot went to nobody")
	}
	heavy2() // heavy4 takes it: heavy runs 1 of its 2
	select {
	case r := <-heavy4:
		defer r()
	case <-time.After(time.Second):
		t.Fatal("the freed slot went to nobody")
	}

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer cancel()
	if _, err := s.enter(ctx, "third"); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("a caller with no slot in time got %v", err)
	}
	s.mu.Lock()
	free, running, queued := s.free, s.running["third"], len(s.waiting)
	s.mu.Unlock()
	if free != 0 || running != 0 || queued != 0 {
		t.Fatalf("after giving up: %d free, third runs %d, %d queued", free, running, queued)
	}
}
