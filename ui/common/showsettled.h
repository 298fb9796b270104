#pragma once

class QWidget;

// Shows a window with its layout already final. show() leaves layout
// requests posted (tool bars, status bars and views size themselves when
// first shown); settled before the X server exposes the window, its first
// paint is its only one. Otherwise everything moves right after the first
// paint, which over ssh -X costs a second image of the whole window.
void showSettled(QWidget *window);
