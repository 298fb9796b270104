#pragma once

class QAbstractItemModel;

// Models hold no text of their own: headers and cells are translated when a
// view asks. When the UI language changes (QEvent::LanguageChange reaches the
// application), this makes every view ask again: one header change and one
// layout change per switch, however many catalogues were swapped.
void followLanguage(QAbstractItemModel *model);
