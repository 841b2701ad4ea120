package textcase

import "testing"

func TestUpperAndAllCaps(t *testing.T) {
	for _, tc := range []struct {
		s       string
		upper   int
		allCaps bool
	}{
		{"NPT", 3, true},
		{"START I", 6, true},
		{"REAFFIRMING", 11, true},
		{"G20", 1, true},
		{"ÉTAT", 4, true},
		{"Quad", 1, false},
		{"quad", 0, false},
		{"2024", 0, false},
		{"日本", 0, false},
		{"", 0, false},
	} {
		if got := Upper(tc.s); got != tc.upper {
			t.Errorf("Upper(%q) = %d, want %d", tc.s, got, tc.upper)
		}
		if got := AllCaps(tc.s); got != tc.allCaps {
			t.Errorf("AllCaps(%q) = %v, want %v", tc.s, got, tc.allCaps)
		}
	}
}
