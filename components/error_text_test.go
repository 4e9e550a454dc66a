package components

import (
	"errors"
	"fmt"
	"testing"
)

func TestErrorText(t *testing.T) {
	testCases := []struct {
		err  error
		want string
	}{
		{errors.New("library: the device is out of storage space"), "The device is out of storage space"},
		{fmt.Errorf("%w (HTTP 404)", errors.New("fetch: the site answered with an error")), "The site answered with an error (HTTP 404)"},
		{errors.New("this article is not in your library"), "This article is not in your library"},
		{errors.New("élan: not a kind"), "Élan: not a kind"},
		{errors.New("library: saved article x is unreadable: extract: bad"), "Saved article x is unreadable: extract: bad"},
		{errors.New(""), ""},
		{nil, ""},
	}
	for _, tc := range testCases {
		if got := errorText(tc.err); got != tc.want {
			t.Errorf("errorText(%v) = %q, want %q", tc.err, got, tc.want)
		}
	}
}
