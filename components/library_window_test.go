package components

import "testing"

func TestWindowFor(t *testing.T) {
	testCases := []struct {
		name                 string
		n                    int
		rowH, listTop, viewH float64
		want                 rowWindow
	}{
		{name: "empty", n: 0, rowH: 100, listTop: 0, viewH: 800, want: rowWindow{}},
		{name: "short list, all rows", n: 5, rowH: 100, listTop: 200, viewH: 800, want: rowWindow{0, 5}},
		{name: "top of a long list", n: 1000, rowH: 100, listTop: 200, viewH: 800, want: rowWindow{0, 16}},
		{name: "middle", n: 1000, rowH: 100, listTop: -50000, viewH: 800, want: rowWindow{492, 516}},
		{name: "end", n: 1000, rowH: 100, listTop: -99200, viewH: 800, want: rowWindow{984, 1000}},
		{name: "far past the end", n: 1000, rowH: 100, listTop: -200000, viewH: 800, want: rowWindow{992, 1000}},
		{name: "far below the viewport", n: 1000, rowH: 100, listTop: 5000, viewH: 800, want: rowWindow{0, 8}},
		{name: "no height yet", n: 1000, rowH: 0, listTop: 0, viewH: 960, want: rowWindow{0, 20}},
	}
	for _, tc := range testCases {
		t.Run(tc.name, func(t *testing.T) {
			got := windowFor(tc.n, tc.rowH, tc.listTop, tc.viewH)
			if got != tc.want {
				t.Errorf("windowFor(%d, %v, %v, %v) = %v, want %v", tc.n, tc.rowH, tc.listTop, tc.viewH, got, tc.want)
			}
		})
	}
}
