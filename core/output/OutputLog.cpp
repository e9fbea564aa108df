#include "OutputLog.h"

Q_LOGGING_CATEGORY(lcOutput, "wedlive.output")
