#pragma once

// QVirt drawn on an X server across the network (ssh -X): every pixel it
// paints crosses the link, uncompressed unless ssh -C. Detected from DISPLAY
// (a host name before the colon means TCP, as ssh -X gives: localhost:10.0);
// QVIRT_X_FORWARDING=1 or 0 overrides the guess.
namespace XForwarding {

bool active();

// Before the QApplication exists: settings Qt reads when it connects to the
// display (fewer round trips at start over a forwarded one).
void prepare();

// Makes the application cheap to draw over such a link; does nothing on a
// local display. Call once, after the QApplication exists:
// - text without anti-aliasing: about a third of the bytes under ssh -C,
//   and crisp on any display;
// - one palette for active and inactive windows, so a window that gains or
//   loses focus is not repainted whole;
// - window icons in two small sizes, not the seven a scalable icon gets.
void adapt();

} // namespace XForwarding
