print("cfw")
