package filter

import (
	"strconv"
	"strings"
	"time"
)

// units are the units of relative times, in seconds.
var units = map[string]time.Duration{
	"second": time.Second, "seconds": time.Second,
	"minute": time.Minute, "minutes": time.Minute,
	"hour": time.Hour, "hours": time.Hour,
	"day": 24 * time.Hour, "days": 24 * time.Hour,
	"week": 7 * 24 * time.Hour, "weeks": 7 * 24 * time.Hour,
}

func isUnit(s string) bool {
	_, ok := units[strings.ToLower(s)]
	return ok
}

// parseTime reads a time value: an RFC 3339 instant, a date (its UTC
// midnight), Now, Today, Yesterday, Tomorrow (UTC midnights) or a relative
// time such as "7 days ago", against now.
func parseTime(v Value, now time.Time) (time.Time, bool) {
	now = now.UTC()
	midnight := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	switch strings.ToLower(v.Text) {
	case "now":
		return now, true
	case "today":
		return midnight, true
	case "yesterday":
		return midnight.AddDate(0, 0, -1), true
	case "tomorrow":
		return midnight.AddDate(0, 0, 1), true
	}
	if f := strings.Fields(v.Text); len(f) == 3 && f[2] == "ago" {
		n, err := strconv.Atoi(f[0])
		if err != nil || n < 0 || n > 100000 {
			return time.Time{}, false
		}
		return now.Add(-time.Duration(n) * units[f[1]]), true
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, v.Text); err == nil {
			return t.UTC(), true
		}
	}
	return time.Time{}, false
}
