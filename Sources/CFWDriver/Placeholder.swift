import CFWModel
