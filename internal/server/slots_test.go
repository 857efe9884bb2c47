package server

import (
	"context"
	"errors"
	"fmt"
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

// TestSlotsBoundEachCallersQueue: a caller may have queuedPerSlot waiters
// per slot of its share; the next is refused at once, while another
// caller still queues; a waiter that gives up or is served frees its place.
func TestSlotsBoundEachCallersQueue(t *testing.T) {
	// Two slots, one caller each: the flood holds one, another caller the
	// other, so that the flood's waiters and one more caller's queue
	// (under the server's bound of queuedPerSlot×2).
	s := newSlots(2, 1)
	hold, err := s.enter(context.Background(), "flood")
	if err != nil {
		t.Fatal(err)
	}
	holdBusy, err := s.enter(context.Background(), "busy")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	served := make(chan func(), queuedPerSlot+1)
	wait := func(ctx context.Context, caller string) {
		go func() {
			if release, err := s.enter(ctx, caller); err == nil {
				served <- release
			}
		}()
	}
	queue := func() (flood, others int) {
		s.mu.Lock()
		defer s.mu.Unlock()
		return s.queued["flood"], len(s.waiting) - s.queued["flood"]
	}
	giveUp, stop := context.WithCancel(context.Background())
	wait(giveUp, "flood")
	for range queuedPerSlot - 1 {
		wait(ctx, "flood")
	}
	for deadline := time.Now().Add(time.Second); ; time.Sleep(5 * time.Millisecond) {
		if n, _ := queue(); n == queuedPerSlot {
			break
		} else if time.Now().After(deadline) {
			t.Fatalf("%d of %d waiters queued", n, queuedPerSlot)
		}
	}
	start := time.Now()
	late, cancelLate := context.WithTimeout(ctx, 500*time.Millisecond)
	defer cancelLate()
	if _, err := s.enter(late, "flood"); !errors.Is(err, errQueueFull) || time.Since(start) > 100*time.Millisecond {
		t.Fatalf("a waiter past the bound: %v after %v, want errQueueFull at once", err, time.Since(start))
	}
	wait(ctx, "other")
	stop() // one flood waiter gives up: its place frees
	for deadline := time.Now().Add(time.Second); ; time.Sleep(5 * time.Millisecond) {
		if n, others := queue(); n == queuedPerSlot-1 && others == 1 {
			break
		} else if time.Now().After(deadline) {
			t.Fatalf("queued: flood %d, others %d; want %d and 1", n, others, queuedPerSlot-1)
		}
	}
	wait(ctx, "flood")
	// Serve everyone: each release hands the slot to the next waiter.
	hold()
	holdBusy()
	for range queuedPerSlot + 1 {
		select {
		case release := <-served:
			release()
		case <-time.After(time.Second):
			t.Fatal("a waiter was never served")
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.queued) != 0 || len(s.waiting) != 0 || s.free != 2 {
		t.Fatalf("after all were served: queued %v, %d waiting, %d free", s.queued, len(s.waiting), s.free)
	}
}

// TestSlotsBoundTheWholeQueue: many callers at once (keys, or addresses
// without one) may not queue past queuedPerSlot waiters per slot of the
// server either.
func TestSlotsBoundTheWholeQueue(t *testing.T) {
	s := newSlots(1, 1)
	hold, err := s.enter(context.Background(), "holder")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	for i := range queuedPerSlot {
		go func() { _, _ = s.enter(ctx, fmt.Sprint("caller", i)) }()
	}
	for deadline := time.Now().Add(time.Second); ; time.Sleep(5 * time.Millisecond) {
		s.mu.Lock()
		n := len(s.waiting)
		s.mu.Unlock()
		if n == queuedPerSlot {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d of %d waiters queued", n, queuedPerSlot)
		}
	}
	late, cancelLate := context.WithTimeout(ctx, 500*time.Millisecond)
	defer cancelLate()
	if _, err := s.enter(late, "one more"); !errors.Is(err, errQueueFull) {
		t.Errorf("a new caller past the server's queue: %v, want errQueueFull", err)
	}
	cancel()
	hold()
}
