#include "WidgetsLog.h"

Q_LOGGING_CATEGORY(lcWidgets, "wedlive.widgets")
