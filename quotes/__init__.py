"""quotes: quotations, speakers and anonymity in French news articles."""
