## share messages
